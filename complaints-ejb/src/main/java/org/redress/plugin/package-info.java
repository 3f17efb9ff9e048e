/**
 * Plugins on the Redress side of the SPI ({@code org.redress.spi}): finding the factories (CDI
 * beans and {@link java.util.ServiceLoader} over the EAR's {@code lib/} and the server's plugin
 * library), the administrator's settings per plugin, the built-in local QMS, and keeping
 * nonconformities in step with the enabled QMS connectors through the outbox.
 */
package org.redress.plugin;
