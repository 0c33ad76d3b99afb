#include "CCurl.h"

CURLcode kg_curl_set_long(CURL *handle, CURLoption option, long value) {
  return curl_easy_setopt(handle, option, value);
}

CURLcode kg_curl_set_text(CURL *handle, CURLoption option, const char *value) {
  return curl_easy_setopt(handle, option, value);
}

CURLcode kg_curl_set_pointer(CURL *handle, CURLoption option, void *value) {
  return curl_easy_setopt(handle, option, value);
}

CURLcode kg_curl_set_size(CURL *handle, CURLoption option, curl_off_t value) {
  return curl_easy_setopt(handle, option, value);
}

CURLcode kg_curl_set_callback(CURL *handle, CURLoption option, kg_curl_data_callback callback) {
  return curl_easy_setopt(handle, option, callback);
}

long kg_curl_response_code(CURL *handle) {
  long code = 0;
  curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &code);
  return code;
}

long kg_curl_os_errno(CURL *handle) {
  long error = 0;
  curl_easy_getinfo(handle, CURLINFO_OS_ERRNO, &error);
  return error;
}

int kg_curl_finished_result(CURLM *multi) {
  int waiting = 0;
  CURLMsg *message;
  while ((message = curl_multi_info_read(multi, &waiting)) != NULL) {
    if (message->msg == CURLMSG_DONE) return (int)message->data.result;
  }
  return -1;
}
