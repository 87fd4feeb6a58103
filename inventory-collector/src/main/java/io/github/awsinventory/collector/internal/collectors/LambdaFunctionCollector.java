package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.ResourceCollector;
import io.github.awsinventory.collector.spi.ResourceSink;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.ResourceType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;

/**
 * {@code lambda_function}: ListFunctions (the unpublished {@code $LATEST} version of each function), 50 per
 * page, and ListTags for each function. A function whose tags cannot be read is kept with {@code tags}
 * unknown. ListFunctions does not return a function's state on AWS; the state is set only when it does.
 */
public final class LambdaFunctionCollector implements ResourceCollector {

  @Override
  public ResourceType type() {
    return ResourceType.LAMBDA_FUNCTION;
  }

  @Override
  public String service() {
    return "lambda";
  }

  @Override
  public List<String> iamActions() {
    return List.of("lambda:ListFunctions", "lambda:ListTags");
  }

  @Override
  public void collect(CollectionContext context, ResourceSink sink) {
    LambdaClient lambda = context.client(LambdaClient.class);
    for (FunctionConfiguration function : lambda.listFunctionsPaginator(r -> r.maxItems(50)).functions()) {
      sink.accept(resource(context, lambda, function));
    }
  }

  private static Resource.Builder resource(CollectionContext context, LambdaClient lambda,
      FunctionConfiguration function) {
    String arn = function.functionArn();
    Resource.Builder r = context.newResource(arn, function.functionName());
    try {
      Map<String, String> tags = new TreeMap<>(lambda.listTags(t -> t.resource(arn)).tags());
      r.tags(tags).name(Attributes.name(tags, function.functionName()));
    } catch (AwsServiceException e) {
      Attributes.unknown(context, r, arn, e, "tags");
    }
    if (function.stateAsString() != null) {
      r.state(function.stateAsString());
    }
    Attributes.put(r, "runtime", function.runtimeAsString());
    Attributes.put(r, "memory_mb", function.memorySize());
    Attributes.put(r, "timeout_seconds", function.timeout());
    Attributes.put(r, "architectures", function.architecturesAsStrings());
    Attributes.put(r, "last_modified", function.lastModified());
    Attributes.put(r, "code_size_bytes", function.codeSize());
    Attributes.put(r, "package_type", function.packageTypeAsString());
    Attributes.put(r, "handler", function.handler());
    Attributes.put(r, "role", function.role());
    Attributes.put(r, "ephemeral_storage_mb", function.ephemeralStorage() == null ? null
        : function.ephemeralStorage().size());
    Attributes.put(r, "version", function.version());
    return r;
  }
}
