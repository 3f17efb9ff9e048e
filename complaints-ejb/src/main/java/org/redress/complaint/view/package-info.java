/**
 * What the case services return: immutable records built from the aggregate, so that no entity
 * leaves the EJB module. The REST API writes them as JSON as they are.
 */
package org.redress.complaint.view;
