#!/usr/bin/env bash
# Deploys aws-inventory's central stack (infrastructure/cloudformation.yaml) into the current AWS account:
# builds the Lambda jar, uploads it to aws-inventory-artifacts-<account>-<region>, deploys the stack and
# prints how to deploy the member role (infrastructure/member-account-role.yaml) into every member account.
# Run ./deploy.sh --help for the options. Needs bash, the AWS CLI (v1 or v2) and, to build, JDK 17+.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: ./deploy.sh [options]

Builds the Lambda jars (core, data and app collector groups), uploads them to the artifact bucket aws-inventory-artifacts-<account>-<region>
(created encrypted and private if missing) and deploys the central stack with `aws cloudformation deploy`.
Prints the member-role command (with this account's id and the ExternalId) and the StackSet alternative.

Options:
  --region REGION          AWS region (default: the CLI's configured region)
  --profile PROFILE        AWS CLI profile
  --endpoint-url URL       send every AWS call to URL (e.g. a local moto server)
  --stack-name NAME        central stack name (default: aws-inventory-system)
  --email ADDRESS          subscribe ADDRESS to the alert topic ('' removes it)
  --organization-id ID     o-...: only roles inside this AWS Organization can be assumed
  --external-id ID         ExternalId the member roles require (default: the deployed stack's, else a
                           new random one)
  --config s3://B/K        accounts.json in S3, readable by the function
  --fan-out                collect through the Step Functions fan-out (large organisations)
  --no-fan-out             collect with one Lambda invocation (the default)
  --parameter KEY=VALUE    any other template parameter (repeatable), e.g. --parameter MemorySize=3008
  --skip-build             do not build; use --jar or inventory-lambda/target/inventory-lambda-*-lambda.jar
  --jar PATH               the core Lambda jar to deploy (implies --skip-build); the collector groups' jars
                           PATH without .jar plus -data.jar and -app.jar must be beside it
  -h, --help               this help

Examples:
  ./deploy.sh --region eu-west-1 --email ops@example.com
  ./deploy.sh --organization-id o-abc123def4 --fan-out
EOF
}

die() {
  echo "deploy.sh: error: $*" >&2
  exit 1
}

# need_value OPTION [VALUE...]: the option must be followed by a value (only --email may be empty).
need_value() {
  [[ $# -ge 2 ]] || die "$1 needs a value (see --help)"
  [[ -n "$2" || "$1" == "--email" ]] || die "$1 needs a non-empty value (see --help)"
}

# sha256 < FILE: the hex SHA-256 of stdin.
sha256() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum | cut -d ' ' -f 1; else shasum -a 256 | cut -d ' ' -f 1; fi
}

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
template="$root/infrastructure/cloudformation.yaml"
member_template="infrastructure/member-account-role.yaml"

region=""
profile=""
endpoint_url=""
stack_name="aws-inventory-system"
email=""
email_set=false
organization_id=""
external_id=""
config_uri=""
fan_out=""
skip_build=false
jar=""
extra_parameters=()

while [[ $# -gt 0 ]]; do
  case "$1" in
    --region) need_value "$@"; region="$2"; shift 2 ;;
    --profile) need_value "$@"; profile="$2"; shift 2 ;;
    --endpoint-url) need_value "$@"; endpoint_url="$2"; shift 2 ;;
    --stack-name) need_value "$@"; stack_name="$2"; shift 2 ;;
    --email) need_value "$@"; email="$2"; email_set=true; shift 2 ;;
    --organization-id) need_value "$@"; organization_id="$2"; shift 2 ;;
    --external-id) need_value "$@"; external_id="$2"; shift 2 ;;
    --config) need_value "$@"; config_uri="$2"; shift 2 ;;
    --fan-out) fan_out=true; shift ;;
    --no-fan-out) fan_out=false; shift ;;
    --parameter) need_value "$@"; [[ "$2" == *=* ]] || die "--parameter needs KEY=VALUE (was '$2')"
      case "${2%%=*}" in
        ArtifactBucket|ArtifactKey|DataArtifactKey|AppArtifactKey|DeploymentLabel|ExternalId|OrganizationId|EmailAddress|EnableFanOut|ConfigBucket|ConfigKey)
          die "--parameter ${2%%=*} is set by deploy.sh; use its own option (see --help)" ;;
      esac
      extra_parameters+=("$2"); shift 2 ;;
    --skip-build) skip_build=true; shift ;;
    --jar) need_value "$@"; jar="$2"; skip_build=true; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done

if [[ -n "$organization_id" && ! "$organization_id" =~ ^o-[a-z0-9]{10,32}$ ]]; then
  die "--organization-id must look like o-abc123def4 (was '$organization_id')"
fi
if [[ -n "$external_id" && ! "$external_id" =~ ^[A-Za-z0-9_+=,.@:/-]{2,1224}$ ]]; then
  die "--external-id must be 2-1224 characters of letters, digits and _+=,.@:/- (was not)"
fi
config_bucket=""
config_key=""
if [[ -n "$config_uri" ]]; then
  [[ "$config_uri" =~ ^s3://([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])/(.+)$ ]] \
    || die "--config must be s3://bucket/key (was '$config_uri')"
  config_bucket="${BASH_REMATCH[1]}"
  config_key="${BASH_REMATCH[2]}"
fi

# ---------------------------------------------------------------- tools and credentials
command -v aws >/dev/null 2>&1 \
  || die "the AWS CLI ('aws') is not on the PATH. Install it: https://docs.aws.amazon.com/cli/latest/userguide/getting-started-install.html"
export AWS_PAGER=""

aws_args=()
[[ -n "$profile" ]] && aws_args+=(--profile "$profile")
[[ -n "$endpoint_url" ]] && aws_args+=(--endpoint-url "$endpoint_url")
if [[ -z "$region" ]]; then
  region="${AWS_REGION:-${AWS_DEFAULT_REGION:-}}"
  [[ -n "$region" ]] || region="$(aws "${aws_args[@]}" configure get region 2>/dev/null || true)"
  [[ -n "$region" ]] || die "no AWS region: pass --region (or set AWS_REGION / configure a default region)"
fi
aws_args+=(--region "$region")

awscli() {
  aws "${aws_args[@]}" "$@"
}

if ! identity="$(awscli sts get-caller-identity --query '[Account, Arn]' --output text 2>&1)"; then
  die "no usable AWS credentials (aws sts get-caller-identity failed: ${identity}).
  Configure credentials (aws configure, aws sso login, or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY)${profile:+ for profile '$profile'}."
fi
read -r account_id caller_arn <<<"$identity"
[[ "$account_id" =~ ^[0-9]{12}$ ]] || die "unexpected answer from sts get-caller-identity: '$identity'"
partition="$(cut -d : -f 2 <<<"$caller_arn")"
echo "== Central account $account_id, region $region, stack $stack_name"

# ---------------------------------------------------------------- build
if [[ "$skip_build" == false ]]; then
  java="java"
  [[ -n "${JAVA_HOME:-}" && -x "${JAVA_HOME}/bin/java" ]] && java="$JAVA_HOME/bin/java"
  command -v "$java" >/dev/null 2>&1 \
    || die "no JDK: 'java' is not on the PATH and JAVA_HOME is not set. Install JDK 17 or later (or use --jar PATH)"
  java_version="$("$java" -version 2>&1 | head -n 1 | sed -E 's/.*version "([0-9]+).*/\1/')"
  [[ "$java_version" =~ ^[0-9]+$ && "$java_version" -ge 17 ]] \
    || die "JDK 17 or later is needed to build (found: $("$java" -version 2>&1 | head -n 1))"
  echo "== Building the Lambda jar"
  (cd "$root" && ./mvnw -B -q -pl inventory-lambda -am -DskipTests package) \
    || die "the build failed; run (cd $root && ./mvnw -B -pl inventory-lambda -am -DskipTests package) to see why"
fi
if [[ -z "$jar" ]]; then
  shopt -s nullglob
  jars=("$root"/inventory-lambda/target/inventory-lambda-*-lambda.jar)
  shopt -u nullglob
  [[ ${#jars[@]} -eq 1 ]] \
    || die "expected one inventory-lambda/target/inventory-lambda-*-lambda.jar, found ${#jars[@]}; build it or pass --jar PATH"
  jar="${jars[0]}"
fi
[[ -f "$jar" ]] || die "the jar $jar does not exist"
# The collector groups' jars are built beside the core jar: <name>-data.jar and <name>-app.jar.
data_jar="${jar%.jar}-data.jar"
app_jar="${jar%.jar}-app.jar"
for group_jar in "$data_jar" "$app_jar"; do
  [[ -f "$group_jar" ]] || die "the collector group jar $group_jar does not exist; the build writes it beside $(basename "$jar")"
done

jar_hash="$(sha256 < "$jar")"
data_hash="$(sha256 < "$data_jar")"
app_hash="$(sha256 < "$app_jar")"

# ---------------------------------------------------------------- artifact bucket
bucket="aws-inventory-artifacts-${account_id}-${region}"
key="aws-inventory/inventory-lambda-${jar_hash:0:16}.jar"
data_key="aws-inventory/inventory-lambda-data-${data_hash:0:16}.jar"
app_key="aws-inventory/inventory-lambda-app-${app_hash:0:16}.jar"
if awscli s3api head-bucket --bucket "$bucket" --expected-bucket-owner "$account_id" >/dev/null 2>&1; then
  echo "== Using artifact bucket $bucket"
else
  echo "== Creating artifact bucket $bucket"
  if [[ "$region" == "us-east-1" ]]; then
    awscli s3api create-bucket --bucket "$bucket" >/dev/null
  else
    awscli s3api create-bucket --bucket "$bucket" --create-bucket-configuration "LocationConstraint=$region" >/dev/null
  fi || die "could not create the artifact bucket $bucket (if it exists in another account, it cannot be used)"
  awscli s3api put-public-access-block --bucket "$bucket" --public-access-block-configuration \
    BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true
  awscli s3api put-bucket-encryption --bucket "$bucket" --server-side-encryption-configuration \
    '{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]}'
  awscli s3api put-bucket-ownership-controls --bucket "$bucket" --ownership-controls \
    '{"Rules":[{"ObjectOwnership":"BucketOwnerEnforced"}]}'
  # TLS only. Not on a plain-http --endpoint-url (a local emulator), where it would deny every request.
  [[ "$endpoint_url" == http://* ]] || awscli s3api put-bucket-policy --bucket "$bucket" --policy "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"DenyInsecureTransport\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":[\"arn:$partition:s3:::$bucket\",\"arn:$partition:s3:::$bucket/*\"],\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}]}"
fi
upload() {
  echo "== Uploading $(basename "$1") to s3://$bucket/$2"
  awscli s3api put-object --bucket "$bucket" --key "$2" --body "$1" --expected-bucket-owner "$account_id" >/dev/null \
    || die "could not upload the jar to s3://$bucket/$2"
}
upload "$jar" "$key"
upload "$data_jar" "$data_key"
upload "$app_jar" "$app_key"

# ---------------------------------------------------------------- parameters
stack_status=""
deployed_external_id=""
if stack="$(awscli cloudformation describe-stacks --stack-name "$stack_name" \
    --query "Stacks[0].[StackStatus, Parameters[?ParameterKey=='ExternalId'].ParameterValue | [0]]" --output text 2>/dev/null)"; then
  read -r stack_status deployed_external_id <<<"$stack"
  [[ "$deployed_external_id" == "None" ]] && deployed_external_id=""
fi
if [[ "$stack_status" == "ROLLBACK_COMPLETE" ]]; then
  die "stack $stack_name is in ROLLBACK_COMPLETE (its creation failed) and cannot be updated. Delete it, then run deploy.sh again:
  aws cloudformation delete-stack --stack-name $stack_name --region $region"
fi
if [[ -z "$external_id" && -n "$deployed_external_id" ]]; then
  external_id="$deployed_external_id"
  echo "== Keeping the stack's ExternalId"
elif [[ -n "$external_id" && -n "$deployed_external_id" && "$external_id" != "$deployed_external_id" ]]; then
  echo "deploy.sh: warning: --external-id differs from the deployed one; update every member role to the new value" >&2
fi
if [[ -z "$external_id" ]]; then
  if command -v openssl >/dev/null 2>&1; then
    external_id="aws-inventory-$(openssl rand -hex 16)"
  else
    external_id="aws-inventory-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  fi
  echo "== Generated a new ExternalId"
fi

overrides=("ArtifactBucket=$bucket" "ArtifactKey=$key" "DataArtifactKey=$data_key" "AppArtifactKey=$app_key"
  "ExternalId=$external_id")
[[ -n "$organization_id" ]] && overrides+=("OrganizationId=$organization_id")
[[ "$email_set" == true ]] && overrides+=("EmailAddress=$email")
[[ -n "$fan_out" ]] && overrides+=("EnableFanOut=$fan_out")
if [[ -n "$config_uri" ]]; then
  overrides+=("ConfigBucket=$config_bucket" "ConfigKey=$config_key")
fi
overrides+=("${extra_parameters[@]+"${extra_parameters[@]}"}")
# A new label (jar or parameters changed) publishes a new Lambda version with a fresh SnapStart snapshot.
label_input="$jar_hash $data_hash $app_hash $(printf '%s\n' "${overrides[@]}" | sort | tr '\n' ' ')"
label="$(printf '%s' "$label_input" | sha256 | cut -c 1-16)"
overrides+=("DeploymentLabel=$label")

template_args=(--template-file "$template")
if [[ "$(wc -c < "$template")" -gt 51200 ]]; then
  template_args+=(--s3-bucket "$bucket" --s3-prefix aws-inventory/templates)
fi

# ---------------------------------------------------------------- deploy
echo "== Deploying stack $stack_name"
if ! awscli cloudformation deploy "${template_args[@]}" --stack-name "$stack_name" \
    --capabilities CAPABILITY_IAM CAPABILITY_NAMED_IAM --no-fail-on-empty-changeset \
    --tags Application=aws-inventory --parameter-overrides "${overrides[@]}"; then
  echo "deploy.sh: error: the deployment of $stack_name failed. Failed resources (newest first):" >&2
  awscli cloudformation describe-stack-events --stack-name "$stack_name" --max-items 50 \
    --query "StackEvents[?contains(ResourceStatus, 'FAILED')].[Timestamp, LogicalResourceId, ResourceType, ResourceStatusReason]" \
    --output text >&2 || true
  exit 1
fi

outputs="$(awscli cloudformation describe-stacks --stack-name "$stack_name" \
  --query "Stacks[0].Outputs[].[OutputKey, OutputValue]" --output text)"
if [[ -n "$outputs" && "$outputs" != "None" ]]; then
  echo "== Stack outputs"
  echo "$outputs"
fi
function_name="$(awscli cloudformation describe-stacks --stack-name "$stack_name" \
  --query "Stacks[0].Parameters[?ParameterKey=='FunctionName'].ParameterValue | [0]" --output text)"
[[ -n "$function_name" && "$function_name" != "None" ]] || function_name="aws-inventory-collector"

org_override=""
[[ -n "$organization_id" ]] && org_override=" OrganizationId=$organization_id"
org_parameter=""
[[ -n "$organization_id" ]] && org_parameter=" ParameterKey=OrganizationId,ParameterValue=$organization_id"

cat <<EOF

== Next: deploy the read-only member role into every account to collect
Central account id: $account_id
ExternalId:         $external_id

In each member account (with that account's credentials), from $root:

  aws cloudformation deploy --stack-name aws-inventory-role --template-file $member_template \\
    --capabilities CAPABILITY_NAMED_IAM \\
    --parameter-overrides MasterAccountId=$account_id ExternalId=$external_id$org_override

Or for a whole organisation, as a service-managed StackSet with auto-deployment (run in the management
account or a delegated administrator; add --call-as DELEGATED_ADMIN there). It does not reach the
management account itself: deploy the stack above there too, if you collect it.

  aws cloudformation create-stack-set --stack-set-name aws-inventory-role \\
    --template-body file://$member_template --capabilities CAPABILITY_NAMED_IAM \\
    --permission-model SERVICE_MANAGED --auto-deployment Enabled=true,RetainStacksOnAccountRemoval=false \\
    --parameters ParameterKey=MasterAccountId,ParameterValue=$account_id ParameterKey=ExternalId,ParameterValue=$external_id$org_parameter
  aws cloudformation create-stack-instances --stack-set-name aws-inventory-role \\
    --deployment-targets OrganizationalUnitIds=<root-or-ou-id> --regions $region

Then collect once by hand (AWS CLI v2 needs --cli-binary-format raw-in-base64-out):

  aws lambda invoke --function-name $function_name:live --payload '{"action": "collect"}' out.json
EOF
