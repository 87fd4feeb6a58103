package io.github.awsinventory.collector.internal.collectors;

import io.github.awsinventory.collector.spi.CollectionContext;
import io.github.awsinventory.collector.spi.DetailStep;
import io.github.awsinventory.collector.spi.DetailStep.Detail;
import io.github.awsinventory.collector.spi.ItemCollector;
import io.github.awsinventory.collector.spi.ListedItems;
import io.github.awsinventory.model.Resource;
import io.github.awsinventory.model.catalog.TypeDescriptor;
import io.github.awsinventory.model.types.LambdaFunction;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;

/**
 * {@code lambda_function}: ListFunctions (the unpublished {@code $LATEST} version of each function), 50 per
 * page, and ListTags for each function. A function whose tags cannot be read is kept with {@code tags}
 * unknown. ListFunctions does not return a function's state on AWS; the state is set only when it does.
 */
public final class LambdaFunctionCollector implements ItemCollector<FunctionConfiguration> {

  private static final List<DetailStep<FunctionConfiguration>> DETAILS = List.of(
      DetailStep.tags("ListTags", LambdaFunctionCollector::tags));

  @Override
  public TypeDescriptor descriptor() {
    return LambdaFunction.DESCRIPTOR;
  }

  @Override
  public List<DetailStep<FunctionConfiguration>> details() {
    return DETAILS;
  }

  @Override
  public void list(CollectionContext context, ListedItems<FunctionConfiguration> items) {
    LambdaClient lambda = context.client(LambdaClient.class);
    for (FunctionConfiguration function : lambda.listFunctionsPaginator(r -> r.maxItems(50)).functions()) {
      resource(items.add(function, function.functionArn(), function.functionName()), function);
    }
  }

  private static Detail tags(CollectionContext context, FunctionConfiguration function) {
    Map<String, String> tags = new TreeMap<>(context.client(LambdaClient.class)
        .listTags(t -> t.resource(function.functionArn())).tags());
    return r -> r.tags(tags).name(Attributes.name(tags, function.functionName()));
  }

  private static void resource(Resource.Builder r, FunctionConfiguration function) {
    if (function.stateAsString() != null) {
      r.state(function.stateAsString());
    }
    LambdaFunction.RUNTIME.put(r, function.runtimeAsString());
    LambdaFunction.MEMORY_MB.put(r, function.memorySize());
    LambdaFunction.TIMEOUT_SECONDS.put(r, function.timeout());
    LambdaFunction.ARCHITECTURES.put(r, function.architecturesAsStrings());
    LambdaFunction.LAST_MODIFIED.put(r, function.lastModified());
    LambdaFunction.CODE_SIZE_BYTES.put(r, function.codeSize());
    LambdaFunction.PACKAGE_TYPE.put(r, function.packageTypeAsString());
    LambdaFunction.HANDLER.put(r, function.handler());
    LambdaFunction.ROLE.put(r, function.role());
    LambdaFunction.EPHEMERAL_STORAGE_MB.put(r, function.ephemeralStorage() == null ? null
        : function.ephemeralStorage().size());
    LambdaFunction.VERSION.put(r, function.version());
  }
}
