# Loaded by the Python that runs the emulator (the test kit puts this directory on its PYTHONPATH).
# Adds one endpoint to the emulator's own API, beside the ones it has for Athena and Cost Explorer results:
#   POST /moto-api/static/config/query-results
#   {"account_id": "...", "region": "...", "expression": "SELECT ...", "results": ["{...}", ...]}
# after which SelectResourceConfig with exactly that expression, in that account and region, answers those
# results (JSON strings, as AWS Config returns them). Without "expression", the results answer the next query.
# SelectResourceConfig is also made to read its Expression from the JSON body, where AWS clients send it
# (moto 5.2.1 looks for it in the query string only, so that no seeded expression ever matched).
import json


def _set_config_query_results(request, full_url, headers):
    from moto.config.models import config_backends

    size = int(headers.get("Content-Length") or 0)
    body = json.loads(request.environ["wsgi.input"].read(size).decode("utf-8") or "{}")
    backend = config_backends[body.get("account_id", "123456789012")][body.get("region", "us-east-1")]
    results = list(body.get("results", []))
    if body.get("expression"):
        backend._expression_results[body["expression"]] = results
    else:
        backend.query_results_queue.append(results)
    return 201, {}, ""


def _select_resource_config(self):
    body = json.loads(self.body or "{}")
    results, query_info, next_token = self.config_backend.select_resource_config(
        expression=body.get("Expression", ""), limit=body.get("Limit"), next_token=body.get("NextToken"))
    response = {"Results": results}
    if query_info:
        response["QueryInfo"] = query_info
    if next_token:
        response["NextToken"] = next_token
    return json.dumps(response)


try:
    from moto.config import responses as _config_responses
    from moto.moto_api._internal import urls as _moto_api_urls

    _config_responses.ConfigResponse.select_resource_config = _select_resource_config

    _moto_api_urls.url_paths["{0}/moto-api/static/config/query-results"] = _set_config_query_results
except Exception:  # not the emulator's Python, or a version without this module: add nothing
    pass
