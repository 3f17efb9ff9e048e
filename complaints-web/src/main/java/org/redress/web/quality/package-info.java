/** Backing beans of the QMS admin's pages: nonconformities and the corrective-action board. */
package org.redress.web.quality;
