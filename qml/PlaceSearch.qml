// The place search box: type a name in Latin or Arabic script, pick one of the matches (arrow
// keys and Enter, or a click), and the map zooms to it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Sitrep

Item {
    id: root
    required property PlaceDetails details
    readonly property var matches: field.text.trim().length > 0 && details ? details.search(field.text, 8) : []
    property alias text: field.text
    property int current: 0
    signal placeChosen(string placeId, string name, double lat, double lon)
    width: 280
    height: field.height

    function choose(i) {
        if (i < 0 || i >= matches.length)
            return
        const m = matches[i]
        field.text = ""
        field.focus = false
        root.placeChosen(m.placeId, m.name, m.lat, m.lon)
    }
    function focusField() { field.forceActiveFocus() }
    onMatchesChanged: current = 0

    TextField {
        id: field
        objectName: "searchField"
        width: parent.width
        placeholderText: qsTr("Find a place — Latin or Arabic")
        font.family: "DejaVu Sans"; font.pixelSize: 13
        background: Rectangle {
            radius: 4
            color: "#fffdf7"
            border.color: field.activeFocus ? "#2b6f8f" : "#b9b0a3"
        }
        Keys.onDownPressed: root.current = Math.min(root.current + 1, root.matches.length - 1)
        Keys.onUpPressed: root.current = Math.max(root.current - 1, 0)
        Keys.onEscapePressed: { text = ""; focus = false }
        onAccepted: root.choose(root.current)
    }
    Rectangle {
        objectName: "searchMatches"
        anchors.top: field.bottom
        anchors.topMargin: 2
        width: parent.width
        height: column.implicitHeight + 6
        visible: root.matches.length > 0
        radius: 4
        color: "#fbfffdf7"
        border.color: "#cfc6b8"
        Column {
            id: column
            anchors.fill: parent
            anchors.margins: 3
            Repeater {
                model: root.matches
                Rectangle {
                    id: match
                    required property var modelData
                    required property int index
                    objectName: "searchMatch" + index
                    width: column.width
                    height: 34
                    radius: 3
                    color: index === root.current ? "#e6eef1" : "transparent"
                    ColumnLayout {
                        anchors.fill: parent
                        anchors.leftMargin: 6
                        anchors.rightMargin: 6
                        spacing: 0
                        RowLayout {
                            Layout.fillWidth: true
                            Text {
                                Layout.fillWidth: true
                                text: match.modelData.name
                                elide: Text.ElideRight
                                font.family: "DejaVu Sans"; font.pixelSize: 12; font.bold: true; color: "#2b2622"
                            }
                            Text {
                                text: match.modelData.nameAr
                                font.family: "Noto Sans Arabic"; font.pixelSize: 12; color: "#5f564c"
                            }
                        }
                        Text {
                            Layout.fillWidth: true
                            text: [match.modelData.matched !== match.modelData.name ? "“" + match.modelData.matched + "”" : "",
                                   match.modelData.kind.replace("_", " "), match.modelData.admin].filter(s => s.length > 0).join(" · ")
                            elide: Text.ElideRight
                            font.family: "DejaVu Sans"; font.pixelSize: 10; color: "#7d7468"
                        }
                    }
                    MouseArea {
                        anchors.fill: parent
                        hoverEnabled: true
                        onEntered: root.current = match.index
                        onClicked: root.choose(match.index)
                    }
                }
            }
        }
    }
}
