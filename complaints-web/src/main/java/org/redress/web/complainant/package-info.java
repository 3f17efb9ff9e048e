/** Backing beans of the complainant's public pages under {@code /public/}: no login. */
package org.redress.web.complainant;
