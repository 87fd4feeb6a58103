/** Implementation details of the test kit; not part of its API and free to change in any release. */
package io.github.awsinventory.testkit.internal;
