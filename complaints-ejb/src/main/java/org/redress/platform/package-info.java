/**
 * Infrastructure every feature uses: the business exceptions, time, schema migrations, yearly
 * reference numbers and input validation.
 */
package org.redress.platform;
