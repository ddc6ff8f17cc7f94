/* tokwatt core: the arithmetic of AI energy, one function per equation.
 * C11 and libm only; no global mutable state; safe to call from any thread. */
#ifndef TOKWATT_H
#define TOKWATT_H

#include "tw_status.h"
#include "tw_essay.h"
#include "tw_paper.h"
#include "tw_facility.h"
#include "tw_catalog.h"
#include "tw_request.h"
#include "tw_functions.h"
#include "tw_uncertain.h"
#include "tw_sampling.h"
#include "tw_statistics.h"

#endif
