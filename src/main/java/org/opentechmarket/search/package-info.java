/**
 * Search infrastructure: the Chinese analyzers for each backend and the mass re-index. The only module that knows which
 * search backend runs; feature modules map their entities with backend-neutral annotations and query with the Hibernate
 * Search DSL.
 */
package org.opentechmarket.search;
