#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Adds up the Surefire reports of every test bundle and of the product tests and prints one closing summary.
tests=0; failures=0; errors=0; skipped=0; suites=0
for report in bundles/*/target/surefire-reports/TEST-*.xml releng/*/target/surefire-reports/TEST-*.xml; do
    [ -f "$report" ] || continue
    header=$(grep -m1 -o '<testsuite [^>]*>' "$report")
    attr() { echo "$header" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
    tests=$((tests + $(attr tests))); failures=$((failures + $(attr failures)))
    errors=$((errors + $(attr errors))); skipped=$((skipped + $(attr skipped))); suites=$((suites + 1))
done
echo
echo "Results (all test bundles, $suites test classes):"
echo
echo "Tests run: $tests, Failures: $failures, Errors: $errors, Skipped: $skipped"
echo "tests: $((tests - failures - errors - skipped)) passed, $((failures + errors)) failed, $skipped skipped"
