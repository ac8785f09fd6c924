/**
 * The typed read model: what the store answers to queries, as records. The command line, the HTTP
 * API and the exports all serialise these same records with {@link
 * org.annals.store.read.Records#JSON}, so a field means one thing everywhere; the API's OpenAPI
 * schema is derived from them. Field names are snake_case in JSON, in declaration order.
 */
package org.annals.store.read;
