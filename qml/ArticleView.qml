// The article behind a claim, scrollable, with the claim's sentence highlighted and scrolled
// into view. `article` is what PlaceDetails.article() returns (offsets already in UTF-16).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: root
    property var article: ({ found: false })
    readonly property string highlightedText: body.selectedText
    signal closed()
    color: "#fffdf8"
    radius: 4
    border.color: "#cfc6b8"

    function showHighlight() {
        if (!article.found)
            return
        body.select(article.highlightStart, article.highlightEnd)
        const r = body.positionToRectangle(article.highlightStart)
        scroll.ScrollBar.vertical.position = Math.max(0, Math.min(1 - scroll.ScrollBar.vertical.size,
                                                                  (r.y - 40) / Math.max(1, body.height)))
    }
    onArticleChanged: Qt.callLater(showHighlight)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            ToolButton {
                objectName: "articleBack"
                text: "‹"
                font.pixelSize: 16
                onClicked: root.closed()
            }
            Text {
                objectName: "articleTitle"
                Layout.fillWidth: true
                text: root.article.found ? root.article.title : qsTr("Article not loaded")
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
                font.family: "DejaVu Sans"; font.pixelSize: 13; font.bold: true; color: "#2b2622"
            }
        }
        Text {
            Layout.fillWidth: true
            visible: root.article.found
            text: [root.article.outlet, root.article.published].filter(s => s && s.length > 0).join(" · ")
            elide: Text.ElideRight
            font.family: "DejaVu Sans"; font.pixelSize: 11; color: "#6b6157"
        }
        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: availableWidth
            TextEdit {
                id: body
                objectName: "articleBody"
                width: scroll.availableWidth
                text: root.article.found ? root.article.text : ""
                readOnly: true
                selectByMouse: true
                persistentSelection: true
                wrapMode: TextEdit.Wrap
                padding: 4
                selectionColor: "#f3d27a"
                selectedTextColor: "#2b2622"
                font.family: "DejaVu Serif"; font.pixelSize: 12; color: "#3d3833"
                onTextChanged: Qt.callLater(root.showHighlight)
            }
        }
    }
}
