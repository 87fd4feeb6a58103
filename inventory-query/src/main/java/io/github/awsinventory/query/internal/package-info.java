/**
 * Implementation of the query module (index queries, page tokens, parallel reads, report engines); not
 * part of the API and free to change in any release. The rendering helpers other modules use are in
 * {@link io.github.awsinventory.query.render}.
 */
package io.github.awsinventory.query.internal;
