/** Runnable examples of embedding aws-inventory; not published. */
package io.github.awsinventory.examples;
