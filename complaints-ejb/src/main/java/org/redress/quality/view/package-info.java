/** What the quality services return: immutable records, never entities. */
package org.redress.quality.view;
