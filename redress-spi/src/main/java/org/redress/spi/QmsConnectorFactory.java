package org.redress.spi;

/** Makes a {@link QmsConnector}; list implementations in {@code META-INF/services}. */
public interface QmsConnectorFactory extends PluginFactory<QmsConnector> {}
