/** Analysis and monitoring of complaints handling (ISO 10002 8.2 and 8.4). */
package org.redress.analysis;
