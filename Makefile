# Greenlight: the two commands of the README's Quick start, and a few more for developers.
#   make run      install what is missing, build, open the app on the default workspace
#   make test     install what is missing, build, run the whole CTest suite
#   make test SANITIZE=1   the same under AddressSanitizer + UndefinedBehaviorSanitizer
#   make bench    build and run the benchmarks (one JSON line per measure)

SANITIZE ?= 0
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
ifeq ($(SANITIZE),1)
  BUILD ?= build-asan
  CMAKE_FLAGS := -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGREENLIGHT_SANITIZE=ON
  TEST_ENV := ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp
else
  BUILD ?= build
  CMAKE_FLAGS := -DCMAKE_BUILD_TYPE=Release
  TEST_ENV :=
endif
ARGS ?=

.PHONY: deps configure build run test bench format lupdate clean package

deps:
	@./packaging/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS) -DGREENLIGHT_WERROR=ON >/dev/null

build: configure
	@cmake --build $(BUILD) --parallel $(JOBS)

run: build
	$(BUILD)/app/greenlight $(ARGS)

test: build
	cd $(BUILD) && $(TEST_ENV) ctest --output-on-failure --parallel $(JOBS) $(ARGS)

bench: build
	@cmake --build $(BUILD) --target bench

format:
	@cmake --build $(BUILD) --target format

lupdate: configure
	@cmake --build $(BUILD) --target greenlight_lupdate

package: build
	@cd $(BUILD) && cpack -G DEB

clean:
	rm -rf build build-asan
