.PHONY: run test bench
run:
	bash scripts/run.sh
test:
	bash scripts/test.sh
bench:
	bash scripts/setup.sh web,st,test && .venv/bin/python benchmarks/run.py
