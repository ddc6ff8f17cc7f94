// "The Physics and Economics of Tokens", Chapter VI: one GPU's facility
// electricity per day. "A 350 W GPU is 0.35 kW of IT load. Add 15% facility
// overhead and it becomes about 0.4025 kW. Over a day, that is roughly
// 9.66 kWh. At $0.10 per kWh ... about $0.97 per day. At $0.20 per kWh,
// about $1.93 per day."
#include "scalar.hxx"

#include <cmath>
#include <string>
#include <vector>

#include "../../core/tw_facility.h"

using namespace tokwatt_test;

namespace
{
const double inf = INFINITY;

struct KwhRow
{
    const char* what;
    double gpu_w, pue;
    int status;
    Expect want;
};

struct CostRow
{
    const char* what;
    double gpu_w, pue, usd_per_kwh;
    int status;
    Expect want;
};

class FacilityTest : public CppUnit::TestFixture
{
    CPPUNIT_TEST_SUITE(FacilityTest);
    CPPUNIT_TEST(gpudaykwh);
    CPPUNIT_TEST(gpudaycost);
    CPPUNIT_TEST_SUITE_END();

public:
    void gpudaykwh()
    {
        const std::vector<KwhRow> rows = {
            { "(350 W, 1.15), the spec and Chapter VI's 9.66 kWh", 350, 1.15, TW_OK,
              printed("9.66") },
            { "(350 W, 1.15) = 350 * 1.15 * 24 / 1000", 350, 1.15, TW_OK,
              exact(350 * 1.15 * 24 / 1000) },
            { "(350 W, 1) = 8.4 kWh of IT load", 350, 1, TW_OK, exact(8.4) },
            { "(700 W, 1.4), the essay's H100 at its PUE", 700, 1.4, TW_OK, exact(23.52) },
            { "(1000 W, 1)", 1000, 1, TW_OK, exact(24.0) },
            { "(0 W, 1.15)", 0, 1.15, TW_OK, exact(0.0) },
            { "(1E308 W, 1E3) overflows", 1e308, 1e3, TW_EOVERFLOW, nan_result() },
            // W * PUE * 24 passes 1.8E308, / 1000 brings the result back
            { "(1E308 W, 10) fits", 1e308, 10, TW_OK, exact(1e308 / 1000.0 * 10 * 24) },
            { "(-1 W)", -1, 1.15, TW_EDOM, nan_result() },
            { "(NaN W)", NAN, 1.15, TW_EDOM, nan_result() },
            { "(+Inf W)", inf, 1.15, TW_EDOM, nan_result() },
            { "(-Inf W)", -inf, 1.15, TW_EDOM, nan_result() },
            { "(PUE 0.99 < 1)", 350, 0.99, TW_EDOM, nan_result() },
            { "(PUE 0)", 350, 0, TW_EDOM, nan_result() },
            { "(PUE -1.15)", 350, -1.15, TW_EDOM, nan_result() },
            { "(PUE NaN)", 350, NAN, TW_EDOM, nan_result() },
            { "(PUE +Inf)", 350, inf, TW_EDOM, nan_result() },
            { "(PUE -Inf)", 350, -inf, TW_EDOM, nan_result() },
        };
        for (const KwhRow& r : rows)
        {
            double got = 0.0;
            const int status = tw_gpudaykwh(r.gpu_w, r.pue, &got);
            check_row(std::string("gpudaykwh ") + r.what, status, got, r.status, r.want);
        }
        // Chapter VI's wall power: 9.66 kWh over 24 h is "about 0.4025 kW".
        double kwh = NAN;
        const int status = tw_gpudaykwh(350, 1.15, &kwh);
        check_row("gpudaykwh (350 W, 1.15) / 24 h, Chapter VI's 0.4025 kW", status, kwh / 24,
                  TW_OK, printed("0.4025"));
        check_domain("tw_gpudaykwh", { 350, 1.15 });
    }

    void gpudaycost()
    {
        const std::vector<CostRow> rows = {
            { "(350 W, 1.15, 0.10), the spec", 350, 1.15, 0.10, TW_OK, printed("0.966") },
            { "(350 W, 1.15, 0.10), Chapter VI's $0.97", 350, 1.15, 0.10, TW_OK,
              printed("0.97") },
            { "(350 W, 1.15, 0.20), the spec and Chapter VI's $1.93", 350, 1.15, 0.20, TW_OK,
              printed("1.93") },
            { "(350 W, 1.15, 0.20) = 9.66 kWh * 0.20", 350, 1.15, 0.20, TW_OK,
              exact(350 * 1.15 * 24 / 1000 * 0.20) },
            { "(350 W, 1.15, 0): free power", 350, 1.15, 0, TW_OK, exact(0.0) },
            { "(0 W, 1.15, 0.10)", 0, 1.15, 0.10, TW_OK, exact(0.0) },
            { "(1000 W, 1, 1) = 24", 1000, 1, 1, TW_OK, exact(24.0) },
            { "(1E308 W, 1, 1E3) overflows", 1e308, 1, 1e3, TW_EOVERFLOW, nan_result() },
            { "(1E308 W, 1, 10) fits", 1e308, 1, 10, TW_OK, exact(1e308 / 1000.0 * 24 * 10) },
            { "(-1 W)", -1, 1.15, 0.10, TW_EDOM, nan_result() },
            { "(NaN W)", NAN, 1.15, 0.10, TW_EDOM, nan_result() },
            { "(+Inf W)", inf, 1.15, 0.10, TW_EDOM, nan_result() },
            { "(PUE 0.99 < 1)", 350, 0.99, 0.10, TW_EDOM, nan_result() },
            { "(PUE NaN)", 350, NAN, 0.10, TW_EDOM, nan_result() },
            { "(PUE +Inf)", 350, inf, 0.10, TW_EDOM, nan_result() },
            { "(price -0.10)", 350, 1.15, -0.10, TW_EDOM, nan_result() },
            { "(price NaN)", 350, 1.15, NAN, TW_EDOM, nan_result() },
            { "(price +Inf)", 350, 1.15, inf, TW_EDOM, nan_result() },
            { "(price -Inf)", 350, 1.15, -inf, TW_EDOM, nan_result() },
        };
        for (const CostRow& r : rows)
        {
            double got = 0.0;
            const int status = tw_gpudaycost(r.gpu_w, r.pue, r.usd_per_kwh, &got);
            check_row(std::string("gpudaycost ") + r.what, status, got, r.status, r.want);
        }
        check_domain("tw_gpudaycost", { 350, 1.15, 0.10 });
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(FacilityTest);
}
