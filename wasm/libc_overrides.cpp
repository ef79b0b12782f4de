// C library functions the WebAssembly modules define themselves, linked before Emscripten's libc:
//   strtod (and strtof, strtold, which share musl's object file: defining only strtod would pull
//   that file in anyway and clash): decimal_to_double.h, the nearest double without musl's software
//   long doubles (7 KB gzip of the learner module). strtof rounds twice, through double: nothing in
//   the engine reads a float.
//   snprintf, vsnprintf: format_text.h, the formats the engine and nlohmann use (%.17g, %g,
//   <U+%.4X>, integers, strings), without musl's printf (4.5 KB gzip of the learner module).
//   memcpy, memset, memmove: Emscripten links its size-optimized libc at -Oz, whose memcpy, memset
//   and memmove handle one byte per loop iteration (and never call out to JS for large blocks);
//   these handle eight, as unaligned 64-bit loads and stores (WebAssembly needs no alignment).
//   Loading a snapshot of 10,000 courses spent a quarter of its time in the byte loops; a classify
//   4 % of its time in memmove (std::string's assign, std::vector's assign of the cached flags).
// Native builds use the platform's own; tests/unit/decimal_to_double_test.cpp and
// format_text_test.cpp hold the two equal.
#include <cstdarg>
#include <cstdint>
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

// no_builtin: without it the compiler may turn the loops back into calls to memcpy and memset.
typedef std::uint64_t __attribute__((aligned(1), may_alias)) UnalignedWord;

// Front to back, eight bytes at a time: memcpy, and memmove when the destination lies before the
// source (each word is read before the stores that could overlap it).
__attribute__((no_builtin("memcpy", "memmove"))) static inline void copy_forward(unsigned char* d, const unsigned char* s,
                                                                                  std::size_t n) {
  for (; n >= 8; n -= 8, d += 8, s += 8) *reinterpret_cast<UnalignedWord*>(d) = *reinterpret_cast<const UnalignedWord*>(s);
  for (; n > 0; --n) *d++ = *s++;
}

__attribute__((no_builtin("memcpy", "memmove"))) void* memcpy(void* __restrict dest, const void* __restrict src, std::size_t n) {
  copy_forward(static_cast<unsigned char*>(dest), static_cast<const unsigned char*>(src), n);
  return dest;
}

__attribute__((no_builtin("memset"))) void* memset(void* dest, int c, std::size_t n) {
  auto* d = static_cast<unsigned char*>(dest);
  const UnalignedWord word = 0x0101010101010101ull * static_cast<unsigned char>(c);
  for (; n >= 8; n -= 8, d += 8) *reinterpret_cast<UnalignedWord*>(d) = word;
  for (; n > 0; --n) *d++ = static_cast<unsigned char>(c);
  return dest;
}

// Forward when the destination lies before the source, backward (from the end) otherwise.
__attribute__((no_builtin("memcpy", "memmove"))) void* memmove(void* dest, const void* src, std::size_t n) {
  auto* d = static_cast<unsigned char*>(dest);
  const auto* s = static_cast<const unsigned char*>(src);
  if (d <= s) {
    copy_forward(d, s, n);
    return dest;
  }
  for (d += n, s += n; n >= 8; n -= 8) {
    d -= 8;
    s -= 8;
    *reinterpret_cast<UnalignedWord*>(d) = *reinterpret_cast<const UnalignedWord*>(s);
  }
  for (; n > 0; --n) *--d = *--s;
  return dest;
}

}  // extern "C"
