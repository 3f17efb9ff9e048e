package org.redress.spi;

/** Makes an {@link ErpDirectory}; list implementations in {@code META-INF/services}. */
public interface ErpDirectoryFactory extends PluginFactory<ErpDirectory> {}
