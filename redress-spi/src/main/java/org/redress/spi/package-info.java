/**
 * The plugin SPI of Redress: what a connector to the organisation's own QMS ({@link QmsConnector})
 * or a directory over its ERP ({@link ErpDirectory}) implements.
 *
 * <p>A plugin is a jar with a factory ({@link QmsConnectorFactory} or {@link ErpDirectoryFactory})
 * listed in {@code META-INF/services}. Redress finds factories as CDI beans and through {@link
 * java.util.ServiceLoader}, from the EAR's {@code lib/} folder or from the server's plugin library.
 * Each factory names the settings it needs; the administrator fills them in on the connector page,
 * Redress stores them in its database and hands them to {@code create}.
 *
 * <p>This package uses only {@code java.*} and its own types, so a plugin needs nothing but this
 * jar to compile. Redress calls plugins after its own transaction has committed, from its outbox,
 * and retries with backoff when a call throws {@link ConnectorException}: a plugin never has to
 * queue or retry by itself, but its calls must be safe to repeat.
 */
package org.redress.spi;
