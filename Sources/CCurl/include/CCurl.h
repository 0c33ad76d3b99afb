#ifndef CCURL_H
#define CCURL_H

#include <curl/curl.h>

/// libcurl's option and information calls are variadic, which Swift cannot
/// call; these fix one argument type each.

typedef size_t (*kg_curl_data_callback)(char *data, size_t size, size_t count, void *context);

CURLcode kg_curl_set_long(CURL *handle, CURLoption option, long value);
CURLcode kg_curl_set_text(CURL *handle, CURLoption option, const char *value);
CURLcode kg_curl_set_pointer(CURL *handle, CURLoption option, void *value);
CURLcode kg_curl_set_size(CURL *handle, CURLoption option, curl_off_t value);
CURLcode kg_curl_set_callback(CURL *handle, CURLoption option, kg_curl_data_callback callback);

long kg_curl_response_code(CURL *handle);
long kg_curl_os_errno(CURL *handle);

/// The result of the transfer a multi handle reports as done, or -1 while none is.
int kg_curl_finished_result(CURLM *multi);

#endif
