/* How cloudcfg-bench runs every program it measures: runs a command, then writes its wall time
 * (fork to exit), its peak resident memory (ru_maxrss from wait4, in KiB) and its exit status to
 * REPORT as `seconds`, `peak_kib` and `status` lines, and exits with the command's status.
 *
 * Why a separate small program: on Linux a process's ru_maxrss starts at the resident size of the
 * process it was forked (or vfork-spawned) from, so a child spawned by the benchmark, which holds
 * its generated inputs in memory, would report at least the benchmark's own size. Forked from
 * this program instead, a child starts at about a megabyte (`true` shows the floor).
 *
 *     gcc -O2 -o measure measure.c
 *     measure REPORT COMMAND [ARGUMENT...]
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec spec;
    clock_gettime(CLOCK_MONOTONIC, &spec);
    return (double)spec.tv_sec + (double)spec.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s REPORT COMMAND [ARGUMENT...]\n", argv[0]);
        return 125;
    }
    FILE *report = fopen(argv[1], "we");
    if (report == NULL) {
        perror(argv[1]);
        return 125;
    }
    double start = now();
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return 125;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        perror(argv[2]);
        _exit(127);
    }
    int status = 0;
    struct rusage usage;
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            perror("wait4");
            return 125;
        }
    }
    double elapsed = now() - start;
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    fprintf(report, "seconds %.6f\npeak_kib %ld\nstatus %d\n", elapsed, usage.ru_maxrss, code);
    fclose(report);
    return code;
}
