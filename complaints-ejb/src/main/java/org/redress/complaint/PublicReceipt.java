package org.redress.complaint;

import java.io.Serializable;

/** What a complainant gets after sending the public form: the reference and tracking code. */
public record PublicReceipt(String reference, String trackingCode) implements Serializable {}
