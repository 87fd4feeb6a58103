/**
 * The built-in resource types, one class each ({@link io.github.awsinventory.model.types.Ec2Instance},
 * {@link io.github.awsinventory.model.types.S3Bucket}, ...): the attribute keys of the type and its
 * {@code DESCRIPTOR} in the {@link io.github.awsinventory.model.catalog.ResourceCatalog}. Rules read attributes
 * through these keys:
 *
 * <pre>{@code
 * Optional<String> tokens = Ec2Instance.IMDS_HTTP_TOKENS.read(resource);
 * boolean unknown = S3Bucket.VERSIONING.isUnknown(resource);
 * }</pre>
 */
package io.github.awsinventory.model.types;
