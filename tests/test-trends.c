/* test-trends.c: placeholder */
#include "config.h"
#include "ot-test.h"
START_TEST (test_nothing) { } END_TEST
int main (void) { Suite *s = suite_create ("trends"); TCase *tc = tcase_create ("t"); tcase_add_test (tc, test_nothing); suite_add_tcase (s, tc); return ot_test_run (s); }
