/** Implementation of the collector; not part of the API and free to change in any release. */
package io.github.awsinventory.collector.internal;
