#include "gdalsupport.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogrsf_frmts.h>

#include <mutex>

namespace sitrep::geo {

void ensureGdal()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // No /vsicurl/, /vsis3/ … on user paths: nothing is downloaded at run time.
        CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", "none");
        CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
        CPLSetConfigOption("OGR_SQLITE_SYNCHRONOUS", "OFF");
        // Every file GDAL opens or writes here is a GeoPackage: registering that driver alone
        // keeps the other two hundred out of memory (GDALAllRegister touched 15 MB of code in
        // the map's resident set; docs/bench/scrub.md).
        RegisterOGRGeoPackage();
    });
}

namespace {
void CPL_STDCALL captureHandler(CPLErr level, CPLErrorNum, const char* message)
{
    auto* capture = static_cast<GdalErrorCapture*>(CPLGetErrorHandlerUserData());
    if (capture && level >= CE_Warning)
        capture->record(message ? message : "unknown GDAL error");
}
} // namespace

GdalErrorCapture::GdalErrorCapture()
{
    CPLPushErrorHandlerEx(captureHandler, this);
}

GdalErrorCapture::~GdalErrorCapture()
{
    CPLPopErrorHandler();
}

std::string GdalErrorCapture::lastOr(const std::string& fallback) const
{
    return m_messages.empty() ? fallback : m_messages.back();
}

} // namespace sitrep::geo
