/**
 * The Jakarta Faces pages' backing beans, one package per page area, each bean named after its
 * page. Beans hold form state and call the same services as the REST API; no rule of the process
 * lives here.
 */
package org.redress.web;
