/* The physical floor of cloudcfg-bench's large-file benchmark: libyaml's bare event parse.
 *
 * Reads the file named on the command line into memory, then times one pass of
 * yaml_parser_parse over it, discarding every event, as cloudcfg's reader pulls them. Prints
 * `seconds <parse time>` and `events <count>`; exits 1 on a parse error, 2 on a usage or I/O error.
 *
 *     gcc -O2 -o libyaml-events libyaml_events.c $(pkg-config --cflags --libs yaml-0.1)
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <yaml.h>

static double now(void) {
    struct timespec spec;
    clock_gettime(CLOCK_MONOTONIC, &spec);
    return (double)spec.tv_sec + (double)spec.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    FILE *file = fopen(argv[1], "rb");
    if (file == NULL) {
        perror(argv[1]);
        return 2;
    }
    size_t capacity = 1 << 20, size = 0;
    unsigned char *bytes = malloc(capacity);
    size_t count;
    while (bytes != NULL && (count = fread(bytes + size, 1, capacity - size, file)) > 0) {
        size += count;
        if (size == capacity) {
            capacity *= 2;
            bytes = realloc(bytes, capacity);
        }
    }
    fclose(file);
    if (bytes == NULL) {
        fprintf(stderr, "out of memory\n");
        return 2;
    }

    double start = now();
    yaml_parser_t parser;
    yaml_event_t event;
    long events = 0;
    int failed = 0;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, bytes, size);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) {
            failed = 1;
            break;
        }
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        events++;
        if (done) break;
    }
    yaml_parser_delete(&parser);
    double elapsed = now() - start;
    free(bytes);
    if (failed) {
        fprintf(stderr, "%s: not YAML libyaml reads\n", argv[1]);
        return 1;
    }
    printf("seconds %.6f\nevents %ld\n", elapsed, events);
    return 0;
}
