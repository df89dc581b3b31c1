.PHONY: run test bench
PYTEST_ARGS ?=
run:
	bash scripts/run.sh
test:
	bash scripts/test.sh $(PYTEST_ARGS)
bench:
	bash scripts/setup.sh web,st,test && .venv/bin/python benchmarks/run.py
