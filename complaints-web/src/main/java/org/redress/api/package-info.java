/**
 * The REST API under {@code /api/v1}, for ERP, CRM and web shops. Resources are thin: they parse
 * the request, call one service and shape the answer; every rule lives in the services and the
 * aggregate behind them.
 */
package org.redress.api;
