// C library functions the WebAssembly modules define themselves, linked before Emscripten's libc:
//   strtod (and strtof, strtold, which share musl's object file: defining only strtod would pull
//   that file in anyway and clash): decimal_to_double.h, the nearest double without musl's software
//   long doubles (7 KB gzip of the learner module). strtof rounds twice, through double: nothing in
//   the engine reads a float.
//   snprintf, vsnprintf: format_text.h, the formats the engine and nlohmann use (%.17g, %g,
//   <U+%.4X>, integers, strings), without musl's printf (4.5 KB gzip of the learner module).
// Native builds use the platform's own; tests/unit/decimal_to_double_test.cpp and
// format_text_test.cpp hold the two equal.
#include <cstdarg>
#include <cstdio>
#include <cstdlib>

#include "decimal_to_double.h"
#include "format_text.h"

extern "C" {

double strtod(const char* text, char** end) { return sweetspot_wasm::decimal_to_double(text, end); }
float strtof(const char* text, char** end) { return static_cast<float>(sweetspot_wasm::decimal_to_double(text, end)); }
long double strtold(const char* text, char** end) { return sweetspot_wasm::decimal_to_double(text, end); }

int vsnprintf(char* buffer, std::size_t size, const char* format, va_list args) {
  return sweetspot_wasm::format_text(buffer, size, format, args);
}

int snprintf(char* buffer, std::size_t size, const char* format, ...) {
  va_list args;
  va_start(args, format);
  const int n = sweetspot_wasm::format_text(buffer, size, format, args);
  va_end(args);
  return n;
}

}  // extern "C"
