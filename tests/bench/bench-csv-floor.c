/* bench-csv-floor.c: the floor for a parser on libcsv
 *
 * read () in 64 KB chunks, one csv_parse () call a chunk, callbacks that
 * only count fields and rows: what any loader on libcsv costs at least.
 * Same parser options as the loader. Prints: floor ROWS FIELDS SECONDS
 *
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <csv.h>
#include <fcntl.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static size_t n_fields, n_rows;

static void
field_cb (void *data, size_t len, void *user_data)
{
  n_fields++;
}

static void
row_cb (int c, void *user_data)
{
  n_rows++;
}

static double
now (void)
{
  struct timespec t;

  clock_gettime (CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec / 1e9;
}

int
main (int argc, char *argv[])
{
  static char buffer[64 * 1024];
  struct csv_parser parser;
  double start;
  ssize_t n;
  int fd;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s FILE\n", argv[0]);
      return 2;
    }

  start = now ();
  fd = open (argv[1], O_RDONLY);
  if (fd < 0 || csv_init (&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
    {
      perror (argv[1]);
      return 1;
    }

  while ((n = read (fd, buffer, sizeof buffer)) > 0)
    {
      if (csv_parse (&parser, buffer, (size_t) n, field_cb, row_cb, NULL) != (size_t) n)
        {
          fprintf (stderr, "%s: %s\n", argv[1], csv_strerror (csv_error (&parser)));
          return 1;
        }
    }
  csv_fini (&parser, field_cb, row_cb, NULL);
  csv_free (&parser);
  close (fd);

  printf ("floor %zu %zu %.6f\n", n_rows, n_fields, now () - start);
  return 0;
}
