/* The physical floor of cloudcfg-bench's comparisons: libyaml's bare event parse.
 *
 * Reads every file named on the command line into memory, then times one pass of
 * yaml_parser_parse over each (a fresh parser per file, as cloudcfg reads each file), discarding
 * every event, as cloudcfg's reader pulls them. Prints `seconds <total parse time>`, `events
 * <count>` and `files <count>`; exits 1 on a parse error, 2 on a usage or I/O error.
 *
 *     gcc -O2 -o libyaml-events libyaml_events.c $(pkg-config --cflags --libs yaml-0.1)
 *     libyaml-events FILE...
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

struct input {
    unsigned char *bytes;
    size_t size;
};

/* Reads a whole file; returns 0 on success. */
static int read_file(const char *path, struct input *input) {
    FILE *file = fopen(path, "rb");
    if (file == NULL) {
        perror(path);
        return 2;
    }
    size_t capacity = 1 << 16, size = 0, count;
    unsigned char *bytes = malloc(capacity);
    while (bytes != NULL && (count = fread(bytes + size, 1, capacity - size, file)) > 0) {
        size += count;
        if (size == capacity) {
            capacity *= 2;
            unsigned char *grown = realloc(bytes, capacity);
            if (grown == NULL) free(bytes);
            bytes = grown;
        }
    }
    fclose(file);
    if (bytes == NULL) {
        fprintf(stderr, "out of memory\n");
        return 2;
    }
    input->bytes = bytes;
    input->size = size;
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE...\n", argv[0]);
        return 2;
    }
    int files = argc - 1;
    struct input *inputs = calloc((size_t)files, sizeof *inputs);
    if (inputs == NULL) {
        fprintf(stderr, "out of memory\n");
        return 2;
    }
    for (int index = 0; index < files; index++) {
        int status = read_file(argv[index + 1], &inputs[index]);
        if (status != 0) return status;
    }

    double start = now();
    long events = 0;
    int failed = -1;
    for (int index = 0; index < files && failed < 0; index++) {
        yaml_parser_t parser;
        yaml_event_t event;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, inputs[index].bytes, inputs[index].size);
        for (;;) {
            if (!yaml_parser_parse(&parser, &event)) {
                failed = index;
                break;
            }
            int done = event.type == YAML_STREAM_END_EVENT;
            yaml_event_delete(&event);
            events++;
            if (done) break;
        }
        yaml_parser_delete(&parser);
    }
    double elapsed = now() - start;
    for (int index = 0; index < files; index++) free(inputs[index].bytes);
    free(inputs);
    if (failed >= 0) {
        fprintf(stderr, "%s: not YAML libyaml reads\n", argv[failed + 1]);
        return 1;
    }
    printf("seconds %.6f\nevents %ld\nfiles %d\n", elapsed, events, files);
    return 0;
}
