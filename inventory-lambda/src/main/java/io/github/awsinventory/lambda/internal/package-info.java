/** Implementation of the Lambda adapter; not part of the API. */
package io.github.awsinventory.lambda.internal;
