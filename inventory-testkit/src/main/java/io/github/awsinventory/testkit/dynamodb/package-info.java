/**
 * DynamoDB items in DynamoDB JSON, the form the AWS CLI prints ({@code aws dynamodb scan}): read test fixtures
 * into {@link software.amazon.awssdk.services.dynamodb.model.AttributeValue} maps.
 *
 * <pre>{@code
 * Map<String, Map<String, AttributeValue>> known = DynamoDbJson.namedItems("/fixtures/known-items.json");
 * List<Map<String, AttributeValue>> scanned = DynamoDbJson.itemLines("/fixtures/table.jsonl");
 * }</pre>
 */
package io.github.awsinventory.testkit.dynamodb;
