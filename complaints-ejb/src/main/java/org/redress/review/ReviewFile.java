package org.redress.review;

/** A rendered report file, with the name and media type to download it under. */
public record ReviewFile(String fileName, String mediaType, byte[] content) {}
