// This target only declares libFuzzer's driver (include/CFuzzerDriver.h) for Swift; libFuzzer
// defines it. SwiftPM needs one source file in a C target.
#include "CFuzzerDriver.h"
