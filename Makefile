# The original system's make targets, mapped to the new commands so existing runbooks keep working.
# Every target is a thin wrapper: `make -n <target>` shows the command it runs.
#
#   make test                       ./mvnw -B verify
#   make collect CONFIG=...         ./inventory collect --config ...
#   make query | query-cost | query-security | query-cleanup [OUTPUT=json]
#   make query-export [FORMAT=jsonl] [EXPORT_FILE=...]
#   make package-lambda             the Lambda deployment jar
#   make deploy [DEPLOY_ARGS="--region eu-west-1 --email ops@example.com"]
#
# Optional for the inventory commands: REGION, PROFILE, TABLE, ENDPOINT_URL (e.g. a local emulator).

CONFIG      ?= config/accounts.json
OUTPUT      ?= table
FORMAT      ?= csv
EXPORT_FILE ?= inventory-export.$(FORMAT)
DEPLOY_ARGS ?=

GLOBAL := $(if $(REGION),--region $(REGION)) $(if $(PROFILE),--profile $(PROFILE)) \
          $(if $(TABLE),--table $(TABLE)) $(if $(ENDPOINT_URL),--endpoint-url $(ENDPOINT_URL))
INVENTORY := $(strip ./inventory $(GLOBAL))

.PHONY: help test collect query query-cost query-security query-cleanup query-export package-lambda deploy \
        demo lint

help:
	@sed -n '2,12p' Makefile | sed 's/^# \{0,1\}//'

test:
	./mvnw -B verify

collect:
	$(INVENTORY) collect --config $(CONFIG) --output $(OUTPUT)

query:
	$(INVENTORY) report summary --output $(OUTPUT)

query-cost:
	$(INVENTORY) report cost --output $(OUTPUT)

query-security:
	$(INVENTORY) report security --output $(OUTPUT)

query-cleanup:
	$(INVENTORY) report cleanup --output $(OUTPUT)

query-export:
	$(INVENTORY) export --format $(FORMAT) --output-file $(EXPORT_FILE)

package-lambda:
	./mvnw -B -pl inventory-lambda -am -DskipTests package
	@ls -1 inventory-lambda/target/inventory-lambda-*-lambda.jar

deploy:
	./deploy.sh $(DEPLOY_ARGS)

demo:
	./inventory demo

lint:
	cfn-lint infrastructure/*.yaml
