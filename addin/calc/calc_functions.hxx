// The UNO component Calc loads: XAddIn metadata read from the function
// table, and one method per table entry that converts the arguments, calls
// the core and maps its status.
#pragma once

#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <cppuhelper/implbase4.hxx>
#include <org/tokwatt/XCalcFunctions.hpp>

namespace tokwatt
{
using css::uno::Any;
using rtl::OUString;

class CalcFunctions
    : public cppu::WeakImplHelper4<org::tokwatt::XCalcFunctions, css::sheet::XAddIn,
                                   css::lang::XServiceName, css::lang::XServiceInfo>
{
public:
    // Calc creates every add-in while building its function list: this must
    // stay cheap and must not throw.
    CalcFunctions() = default;

    // XCalcFunctions: the essay (functions_essay.cxx)
    double SAL_CALL ETOK(const Any& tdp_w, const Any& tokens_per_s, const Any& fleet_share,
                         const Any& pue) override;
    double SAL_CALL CACHEFACTOR(const Any& alpha_o, const Any& alpha_m, const Any& alpha_h,
                                const Any& beta_m, const Any& beta_h) override;
    double SAL_CALL EEFF(double e_tok, const Any& alpha_o, const Any& alpha_m,
                         const Any& alpha_h, const Any& beta_m, const Any& beta_h) override;
    double SAL_CALL PUSER(double tokens_per_day, double e_eff) override;
    double SAL_CALL PPOP(double users, double p_user) override;
    double SAL_CALL GRIDRATIO(double p_w, const Any& grid_w) override;
    double SAL_CALL KARDASHEV(double p_w) override;
    double SAL_CALL NMAX(double tokens_per_day, double e_eff, double budget_w) override;
    double SAL_CALL ETARGET(double users, double tokens_per_day, double budget_w) override;
    double SAL_CALL GAPFACTOR(double e_eff, double users, double tokens_per_day,
                              double budget_w) override;
    css::uno::Sequence<css::uno::Sequence<double>> SAL_CALL
    COHORT(const css::uno::Sequence<css::uno::Sequence<Any>>& users, double p_user,
           const Any& grid_w) override;

    // the paper and the facility floor (functions_paper.cxx)
    double SAL_CALL LANDAUER(const Any& temp_k, const Any& bits) override;
    double SAL_CALL EFFGAP(double j_per_token, const Any& bits, const Any& temp_k) override;
    double SAL_CALL TOKENBUDGET(double twh_per_year, double wh_per_token) override;
    double SAL_CALL TOKENSPERCAPITA(double twh_per_year, double wh_per_token,
                                    const Any& population, const Any& days_per_year) override;
    double SAL_CALL QUESTIONBUDGET(double twh_per_year, double wh_per_token,
                                   double tokens_per_question, const Any& population,
                                   const Any& days_per_year) override;
    double SAL_CALL AVGPOWER(double twh_per_year) override;
    double SAL_CALL ANNUALTWH(double p_w) override;
    double SAL_CALL GPUDAYKWH(double gpu_w, double pue) override;
    double SAL_CALL GPUDAYCOST(double gpu_w, double pue, double usd_per_kwh) override;

    // presets and comparisons (functions_presets.cxx)
    double SAL_CALL GPU(const OUString& name, const OUString& field) override;
    double SAL_CALL POWERREF(const OUString& name) override;
    double SAL_CALL CACHEPROFILE(const OUString& name, const OUString& field) override;
    OUString SAL_CALL PRESETINFO(const OUString& name) override;
    OUString SAL_CALL TOKWATTVERSION() override;
    OUString SAL_CALL POWERCOMPARE(double p_w, const Any& reference) override;

    // one request's energy, carbon and water; published figures
    // (functions_request.cxx)
    double SAL_CALL EREQUEST(double output_tokens, const Any& input_tokens,
                             const Any& cached_tokens, const Any& e_tok, const Any& beta_m,
                             const Any& beta_h) override;
    double SAL_CALL CO2E(double energy_j, const Any& grid) override;
    double SAL_CALL WATER(double energy_j, const Any& onsite_l_per_kwh,
                          const Any& offsite_l_per_kwh, const Any& pue) override;
    double SAL_CALL DISCLOSURE(const OUString& name, const OUString& field) override;

    // ranges on inputs, outputs of a simulation (functions_uncertain.cxx)
    double SAL_CALL UNCERTAIN(double lo, double hi, const Any& likely, const Any& shape,
                              const Any& min, const Any& max) override;
    double SAL_CALL SIMOUTPUT(double value, const Any& name) override;

    // XAddIn, XLocalizable, XServiceName, XServiceInfo (addin_info.cxx)
    OUString SAL_CALL getProgrammaticFuntionName(const OUString& display_name) override;
    OUString SAL_CALL getDisplayFunctionName(const OUString& programmatic_name) override;
    OUString SAL_CALL getFunctionDescription(const OUString& programmatic_name) override;
    OUString SAL_CALL getDisplayArgumentName(const OUString& programmatic_name,
                                             sal_Int32 argument) override;
    OUString SAL_CALL getArgumentDescription(const OUString& programmatic_name,
                                             sal_Int32 argument) override;
    OUString SAL_CALL getProgrammaticCategoryName(const OUString& programmatic_name) override;
    OUString SAL_CALL getDisplayCategoryName(const OUString& programmatic_name) override;
    void SAL_CALL setLocale(const css::lang::Locale& locale) override;
    css::lang::Locale SAL_CALL getLocale() override;
    OUString SAL_CALL getServiceName() override;
    OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const OUString& service) override;
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override;
    static css::uno::Sequence<OUString> services();

private:
    css::lang::Locale locale_;
};
}
