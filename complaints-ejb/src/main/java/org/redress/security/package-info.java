/** Role names shared by the services, the REST API and the pages. */
package org.redress.security;
