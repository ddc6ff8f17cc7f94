/* Ordering arrays by key, shared by statistics.c and sampling.c
 * (internal: not part of the public API). */
#ifndef TW_ORDER_H
#define TW_ORDER_H

#include <stddef.h>
#include <stdint.h>

/* An element's key and its position: sorted by key, then position, a
 * strict total order, so every correct sort gives the same result. */
typedef struct {
    double key;
    size_t index;
} tw_keyed;

/* Sorts a[0..n) by (key, index) ascending; keys are finite. */
void tw_order(tw_keyed *a, size_t n);

/* a * b, or 0 when it does not fit a size_t (a work size that cannot be). */
static inline size_t tw_size_mul(size_t a, size_t b)
{
    return b != 0 && a > SIZE_MAX / b ? 0 : a * b;
}

/* a + b, or 0 when it does not fit (0 stays 0). */
static inline size_t tw_size_add(size_t a, size_t b)
{
    return a == 0 || b == 0 || a > SIZE_MAX - b ? 0 : a + b;
}

/* p is aligned for double and size_t, as malloc aligns. */
static inline int tw_work_aligned(const void *p)
{
    const size_t need = _Alignof(double) > _Alignof(size_t) ? _Alignof(double)
                                                           : _Alignof(size_t);
    return p && (uintptr_t)p % need == 0;
}

#endif
