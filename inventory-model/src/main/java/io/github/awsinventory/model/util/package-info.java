/**
 * Small helpers the inventory's modules share and embedders may use, free of the AWS SDK: "did you mean" hints
 * for error messages ({@link io.github.awsinventory.model.util.Suggestions}).
 */
package io.github.awsinventory.model.util;
