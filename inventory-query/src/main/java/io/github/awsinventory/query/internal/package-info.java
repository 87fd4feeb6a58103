/**
 * Implementation of the query module (index queries, report engines, rendering helpers); not part of the
 * API and free to change in any release. Public only so that the CLI and the Lambda adapter, which are
 * part of this project, can share the rendering helpers.
 */
package io.github.awsinventory.query.internal;
