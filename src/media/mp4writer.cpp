#include "mp4writer.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include <cstdio>

namespace sitrep::media {

namespace {
std::string avMessage(int code)
{
    char buf[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buf, sizeof buf);
    return buf;
}
} // namespace

struct Mp4Writer::Handles {
    AVFormatContext* format = nullptr;
    AVCodecContext* codec = nullptr;
    AVStream* stream = nullptr;
    AVFrame* frame = nullptr;
    AVPacket* packet = nullptr;
    SwsContext* sws = nullptr;
    bool headerWritten = false;

    ~Handles()
    {
        sws_freeContext(sws);
        av_packet_free(&packet);
        av_frame_free(&frame);
        avcodec_free_context(&codec);
        if (format) {
            if (format->pb)
                avio_closep(&format->pb);
            avformat_free_context(format);
        }
    }
};

core::Result<std::unique_ptr<Mp4Writer>> Mp4Writer::open(const std::string& path, const VideoFormat& f)
{
    if (f.width % 2 || f.height % 2)
        return core::fail("H.264 needs an even width and height", path);
    std::unique_ptr<Mp4Writer> w(new Mp4Writer);
    w->m_path = path;
    w->m_partial = partialPathFor(path);
    w->m_format = f;
    w->m_h = std::make_unique<Handles>();
    Handles& h = *w->m_h;
    av_log_set_level(AV_LOG_ERROR);
    int rc = avformat_alloc_output_context2(&h.format, nullptr, "mp4", w->m_partial.c_str());
    if (rc < 0 || !h.format)
        return core::fail("cannot set up an MP4 file: " + avMessage(rc), path);
    const AVCodec* codec = avcodec_find_encoder_by_name("libx264");
    if (!codec)
        codec = avcodec_find_encoder(AV_CODEC_ID_H264);
    if (!codec)
        return core::fail("this FFmpeg has no H.264 encoder (install libavcodec with libx264)", path);
    h.stream = avformat_new_stream(h.format, nullptr);
    h.codec = avcodec_alloc_context3(codec);
    if (!h.stream || !h.codec)
        return core::fail("out of memory setting up the encoder", path);
    h.codec->width = f.width;
    h.codec->height = f.height;
    h.codec->pix_fmt = AV_PIX_FMT_YUV420P;
    h.codec->time_base = AVRational {1, f.fps};
    h.codec->framerate = AVRational {f.fps, 1};
    h.codec->gop_size = f.fps * 2;
    h.codec->max_b_frames = 2;
    if (h.format->oformat->flags & AVFMT_GLOBALHEADER)
        h.codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    av_opt_set(h.codec->priv_data, "preset", "medium", 0);
    av_opt_set(h.codec->priv_data, "crf", "20", 0);
    av_opt_set(h.codec->priv_data, "tune", "animation", 0);
    // libx264 would start threads per core; frames come slower than it encodes anyway.
    h.codec->thread_count = 2;
    rc = avcodec_open2(h.codec, codec, nullptr);
    if (rc < 0)
        return core::fail("cannot open the H.264 encoder: " + avMessage(rc), path);
    rc = avcodec_parameters_from_context(h.stream->codecpar, h.codec);
    if (rc < 0)
        return core::fail("cannot set up the MP4 stream: " + avMessage(rc), path);
    h.stream->time_base = h.codec->time_base;
    h.stream->avg_frame_rate = h.codec->framerate;
    rc = avio_open(&h.format->pb, w->m_partial.c_str(), AVIO_FLAG_WRITE);
    if (rc < 0)
        return core::fail("cannot write: " + avMessage(rc), path);
    rc = avformat_write_header(h.format, nullptr);
    if (rc < 0) {
        std::remove(w->m_partial.c_str());
        return core::fail("cannot write the MP4 header: " + avMessage(rc), path);
    }
    h.headerWritten = true;
    h.frame = av_frame_alloc();
    h.packet = av_packet_alloc();
    if (!h.frame || !h.packet)
        return core::fail("out of memory setting up the encoder", path);
    h.frame->format = AV_PIX_FMT_YUV420P;
    h.frame->width = f.width;
    h.frame->height = f.height;
    if (av_frame_get_buffer(h.frame, 0) < 0)
        return core::fail("out of memory for a frame", path);
    h.sws = sws_getContext(f.width, f.height, AV_PIX_FMT_BGRA, f.width, f.height, AV_PIX_FMT_YUV420P, SWS_BICUBIC,
        nullptr, nullptr, nullptr);
    if (!h.sws)
        return core::fail("cannot set up the colour conversion", path);
    return w;
}

Mp4Writer::~Mp4Writer()
{
    if (!m_finished && m_h) {
        // Abandoned: close and remove the temporary file.
        m_h.reset();
        std::remove(m_partial.c_str());
    }
}

core::Result<void> Mp4Writer::addFrame(const std::uint8_t* bgra, int stride)
{
    Handles& h = *m_h;
    if (av_frame_make_writable(h.frame) < 0)
        return core::fail("frame buffer busy", m_path);
    const std::uint8_t* src[1] = {bgra};
    const int srcStride[1] = {stride};
    sws_scale(h.sws, src, srcStride, 0, m_format.height, h.frame->data, h.frame->linesize);
    h.frame->pts = m_frames++;
    const int rc = avcodec_send_frame(h.codec, h.frame);
    if (rc < 0)
        return core::fail("encoding failed: " + avMessage(rc), m_path);
    return drain(false);
}

core::Result<void> Mp4Writer::drain(bool flushing)
{
    Handles& h = *m_h;
    for (;;) {
        int rc = avcodec_receive_packet(h.codec, h.packet);
        if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
            return {};
        if (rc < 0)
            return core::fail("encoding failed: " + avMessage(rc), m_path);
        av_packet_rescale_ts(h.packet, h.codec->time_base, h.stream->time_base);
        h.packet->stream_index = h.stream->index;
        rc = av_interleaved_write_frame(h.format, h.packet);
        if (rc < 0)
            return core::fail("cannot write: " + avMessage(rc), m_path);
        (void)flushing;
    }
}

core::Result<void> Mp4Writer::finish()
{
    Handles& h = *m_h;
    int rc = avcodec_send_frame(h.codec, nullptr);
    if (rc < 0)
        return core::fail("encoding failed: " + avMessage(rc), m_path);
    if (auto d = drain(true); !d)
        return d;
    rc = av_write_trailer(h.format);
    if (rc < 0)
        return core::fail("cannot finish the MP4: " + avMessage(rc), m_path);
    rc = avio_closep(&h.format->pb);
    if (rc < 0)
        return core::fail("cannot close: " + avMessage(rc), m_path);
    if (std::rename(m_partial.c_str(), m_path.c_str()) != 0)
        return core::fail("cannot move the finished file into place", m_path);
    m_finished = true;
    m_h.reset();
    return {};
}

} // namespace sitrep::media
